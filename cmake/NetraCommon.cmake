# SPDX-License-Identifier: GPL-3.0-or-later
# One place for the language level, warnings and Qt strictness of every Netra target.
add_library(netra_common INTERFACE)
target_compile_features(netra_common INTERFACE cxx_std_20)
target_compile_options(netra_common INTERFACE
    -Wall -Wextra -Wpedantic
    $<$<BOOL:${NETRA_WERROR}>:-Werror>)
target_compile_definitions(netra_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    NETRA_VERSION="${PROJECT_VERSION}")

# netra_add_test(NAME <name> SOURCES ... LIBS ...)
# One Qt Test executable per area, run offscreen, fixtures reached through NETRA_TEST_DATA.
function(netra_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE netra_common Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        NETRA_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        NETRA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
endfunction()
