# Sourced by the maven capture scripts: a one-class project in a temp dir, and a settings.xml
# whose "central" is an empty HTTP repository on 127.0.0.1, so that resolution fails the way
# it does against Maven Central for an artifact that is not there. Plugins come from ~/.m2.
MVNTMP=$(mktemp -d /tmp/errkb-mvn.XXXXXX)
MVN_REPO_PORT=${MVN_REPO_PORT:-18765}
mkdir -p "$MVNTMP/empty-repo" "$MVNTMP/proj/src/main/java/demo"
printf 'package demo;\npublic class App { public static void main(String[] a) { } }\n' \
    >"$MVNTMP/proj/src/main/java/demo/App.java"
cat >"$MVNTMP/settings.xml" <<XML
<settings>
  <profiles><profile><id>local</id>
    <repositories><repository><id>central</id><url>http://127.0.0.1:$MVN_REPO_PORT/</url></repository></repositories>
    <pluginRepositories><pluginRepository><id>central</id><url>http://127.0.0.1:$MVN_REPO_PORT/</url></pluginRepository></pluginRepositories>
  </profile></profiles>
  <activeProfiles><activeProfile>local</activeProfile></activeProfiles>
</settings>
XML
mvn_pom() {
    # $1: extra XML inside <project>, $2: properties
    cat >"$MVNTMP/proj/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>demo</artifactId>
  <version>1.0-SNAPSHOT</version>
  <properties>${2:-<maven.compiler.release>17</maven.compiler.release>}</properties>
  <build><plugins>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
  </plugins></build>
  ${1:-}
</project>
XML
}
mvn_repo_start() {
    (cd "$MVNTMP/empty-repo" && exec python3 -m http.server "$MVN_REPO_PORT" --bind 127.0.0.1) >/dev/null 2>&1 &
    MVN_REPO_PID=$!
    sleep 1
}
mvn_run() { (cd "$MVNTMP/proj" && mvn -B -s "$MVNTMP/settings.xml" "$@" compile 2>&1 | grep -E '^\[(ERROR|FATAL|WARNING)\]' | grep -v '^\[ERROR\] *$'); }
mvn_cleanup() {
    [ -n "${MVN_REPO_PID:-}" ] && kill "$MVN_REPO_PID" 2>/dev/null
    # Resolution failures leave *.lastUpdated markers for the made-up group in ~/.m2.
    rm -rf "$HOME/.m2/repository/org/example/nosuch"
    rmdir "$HOME/.m2/repository/org/example" 2>/dev/null
    rm -rf "$MVNTMP"
}
trap mvn_cleanup EXIT
