# Sourced by the packaging scripts: sets $jdk to the Java 25 the runtime image is linked from (pom.xml's
# toolchain): MR_JDK if set, else Temurin 25 where these machines have it, else JAVA_HOME, else the java
# on the PATH. jar (which reads Java 25 module descriptors) and jpackage are taken from it.
jdk=${MR_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$jdk/bin/jpackage" ]; then
    if [ -n "${JAVA_HOME:-}" ]; then jdk=$JAVA_HOME; else jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); fi
fi
