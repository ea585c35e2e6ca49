<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n deleted record(s) erased for good (undo window over)</source>
            <translation>
                <numerusform>%n deleted record erased for good (undo window over)</numerusform>
                <numerusform>%n deleted records erased for good (undo window over)</numerusform>
            </translation>
        </message>
    </context>
</TS>
