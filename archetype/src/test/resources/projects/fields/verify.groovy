// The README's "Adding a field" done to a generated module as a partner does it: a shelf gets a location, a capacity
// and the date it was last checked (steps 1 to 4, no other file), plus the test a partner adds for the new fields.
// Then the generated project is built and tested again as its README says: its unit tests, karaf:verify of its
// feature, and its Pax Exam test with the added test in it.
if (!binding.hasVariable('basedir')) {
    throw new IllegalStateException('the script is given: ' + binding.variables.keySet())
}
def project = new File(basedir.toString(), 'project/neiqin-depot')
def internal = new File(project, 'module/src/main/java/com/example/depot/internal')

def edit = { File file, String from, String to ->
    String text = file.getText('UTF-8')
    if (!text.contains(from)) {
        throw new IllegalStateException(file.name + ' no longer holds: ' + from)
    }
    file.setText(text.replace(from, to), 'UTF-8')
}
def imports = 'import java.math.BigDecimal;\nimport java.time.LocalDate;\n\n'

// 1. ShelfData: the form, described once
def data = new File(internal, 'ShelfData.java')
edit(data, 'package com.example.depot.internal;\n\n', 'package com.example.depot.internal;\n\n' + imports)
edit(data, 'String note) {', 'String note,\n        @Spec(max = 60) String location, @Spec(kind = Kind.QUANTITY) BigDecimal capacity,\n'
        + '        @Spec(kind = Kind.DATE) LocalDate checkedOn) {')
// 2. ShelfEntity: the columns, with the same names
def entity = new File(internal, 'ShelfEntity.java')
edit(entity, 'package com.example.depot.internal;\n\n', 'package com.example.depot.internal;\n\n' + imports)
edit(entity, '    String note;\n', '    String note;\n    String location;\n    BigDecimal capacity;\n    LocalDate checkedOn;\n')
// 3. a new migration
new File(project, 'module/src/main/resources/db/migration/V2__shelf_location.sql').setText(
        'ALTER TABLE DEPOT_SHELF ADD COLUMN LOCATION VARCHAR(60);\n'
        + 'ALTER TABLE DEPOT_SHELF ADD COLUMN CAPACITY DECIMAL(19, 4);\n'
        + 'ALTER TABLE DEPOT_SHELF ADD COLUMN CHECKED_ON DATE;\n', 'UTF-8')
// 4. the labels, in both languages
def l10n = new File(project, 'module/src/main/resources/OSGI-INF/l10n')
new File(l10n, 'messages.properties').append('field.location=Location\nfield.capacity=Capacity\nfield.checkedOn=Checked on\n',
        'UTF-8')
new File(l10n, 'messages_zh_CN.properties').append('field.location=\u4f4d\u7f6e\nfield.capacity=\u5bb9\u91cf\n'
        + 'field.checkedOn=\u68c0\u67e5\u65e5\u671f\n', 'UTF-8')

// the partner's test of the new fields, added to the generated Pax Exam test (one Karaf for both)
def it = new File(project, 'itests/src/test/java/com/example/depot/itests/DepotIT.java')
String test = new File(basedir, 'ShelfFieldsTest.java.txt').getText('UTF-8')
String source = it.getText('UTF-8')
it.setText(source.substring(0, source.lastIndexOf('}')) + '\n' + test + '}\n', 'UTF-8')

// build and test the changed project as its README says, offline when this build is
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def args = [mvn, '-B', '-ntp', 'install']
String given = System.getenv('MAVEN_CMD_LINE_ARGS') ?: ''
if (given.split(/\s+/).any { it == '-o' || it == '--offline' }) {
    args.add(1, '-o')
}
def build = new ProcessBuilder(args).directory(project).redirectErrorStream(true)
        .redirectOutput(new File(project, 'build-with-fields.log')).start()
int exit = build.waitFor()
if (exit != 0) {
    println new File(project, 'build-with-fields.log').readLines().takeRight(80).join('\n')
    throw new IllegalStateException('the module with three added fields did not build and pass its tests (exit '
            + exit + '): ' + new File(project, 'build-with-fields.log'))
}
println 'the module with three added fields built and passed its tests: ' + new File(project, 'build-with-fields.log')
return true
