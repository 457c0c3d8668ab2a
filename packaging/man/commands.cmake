# Writes a help2man include file with a section per command, from the command's own --help, so
# that the man page says what the program does.
#   cmake -DPROGRAM=patternbook-cli -DOUTPUT=commands.h2m -P commands.cmake
# In the C locale, as help2man runs the programs (../CMakeLists.txt): English, whatever the
# build machine's locale; Qt reads LANGUAGE before LC_ALL.
set(ENV{LC_ALL} C)
set(ENV{LANG} C)
unset(ENV{LANGUAGE})
# The commands, from the program's own list ("Commands:" in --help).
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE usage RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed")
endif()
string(REGEX REPLACE ".*\nCommands:\n" "" usage "${usage}")
string(REGEX REPLACE "\n\n.*" "" usage "${usage}")
string(REGEX MATCHALL "(^|\n)  [a-z-]+ " entries "${usage}")
set(commands)
foreach(entry IN LISTS entries)
    string(STRIP "${entry}" entry)
    list(APPEND commands ${entry})
endforeach()
if(NOT commands)
    message(FATAL_ERROR "no commands in ${PROGRAM} --help")
endif()
set(text "[COMMANDS IN DETAIL]\n")
foreach(command IN LISTS commands)
    execute_process(COMMAND ${PROGRAM} ${command} --help OUTPUT_VARIABLE help RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} ${command} --help failed")
    endif()
    # roff: a backslash is written \e, and a line may not start with a control character.
    string(REPLACE "\\" "\\e" help "${help}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
    string(REPLACE "-" "\\-" help "${help}")
    string(APPEND text ".SS ${command}\n.nf\n${help}.fi\n")
endforeach()
file(WRITE ${OUTPUT} "${text}")
