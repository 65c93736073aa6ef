# Precompiled headers: the Qt and standard headers nearly every source includes are parsed once per
# library (and once for all test programs of a kind) instead of once per source file.
# Turn off with -DINCENTIVES_PCH=OFF, e.g. to check that every file includes what it uses.
option(INCENTIVES_PCH "Precompile the Qt and standard headers the sources share" ON)

# A header set the compiler cannot use for one file (different macros) is parsed as text instead:
# slower, never wrong, and no warning (warnings are errors here).
set(CMAKE_PCH_WARN_INVALID OFF)

set(INCENTIVES_PCH_CORE
    <algorithm> <functional> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QMap> <QObject> <QString> <QStringList> <QVariant>)
set(INCENTIVES_PCH_SQL ${INCENTIVES_PCH_CORE} <QSqlDatabase> <QSqlError> <QSqlQuery> <QSqlRecord>)
set(INCENTIVES_PCH_WIDGETS ${INCENTIVES_PCH_SQL}
    <QAbstractItemModel> <QAction> <QBoxLayout> <QComboBox> <QDialog> <QHeaderView> <QLabel>
    <QLineEdit> <QMessageBox> <QPushButton> <QTableView> <QTimer> <QWidget>)

# incentives_precompile(TARGET CORE|SQL|WIDGETS)
function(incentives_precompile target level)
    if(INCENTIVES_PCH)
        target_precompile_headers(${target} PRIVATE ${INCENTIVES_PCH_${level}})
    endif()
endfunction()

# incentives_test_pch(TARGET HOST CORE|SQL|WIDGETS LIBS...): TARGET uses the precompiled set of
# HOST, a small program linking LIBS that is made on first use. GCC only: clang refuses a shared set
# whose macros differ from the file's.
function(incentives_test_pch target host level)
    if(NOT INCENTIVES_PCH OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        return()
    endif()
    if(NOT TARGET ${host})
        qt_add_executable(${host} ${PROJECT_SOURCE_DIR}/tests/pch_host.cpp)
        target_link_libraries(${host} PRIVATE Qt6::Test incentives_options ${ARGN})
        # The same options as the test programs that use its headers (tests/CMakeLists.txt).
        target_compile_options(${host} PRIVATE ${INCENTIVES_TEST_COMPILE_OPTIONS})
        target_precompile_headers(${host} PRIVATE ${INCENTIVES_PCH_${level}} <QTest> <QSignalSpy>
                                  <QTemporaryDir>)
    endif()
    target_precompile_headers(${target} REUSE_FROM ${host})
endfunction()
