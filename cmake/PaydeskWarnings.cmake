# paydesk_set_warnings(<target>): the warning set every Paydesk target is built with.
# CI builds with -DPAYDESK_WERROR=ON, so a new warning fails the build.
function(paydesk_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
    if(PAYDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
