# Builds the runnable jar and a small runtime image. Used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:21-jre
# FreeDict xxx-eng dictionaries (GPL/CC BY-SA data, read at run time from /usr/share/dictd, not part of the jar):
# the cross-lingual pivot of the search (docs/adr/0013-dictionary-pivot.md)
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        dict-freedict-pol-eng dict-freedict-lit-eng dict-freedict-slv-eng dict-freedict-deu-eng \
        dict-freedict-swe-eng dict-freedict-fin-eng dict-freedict-dan-eng \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app citypeers && mkdir -p /app/data && chown citypeers /app/data
WORKDIR /app
COPY --from=build /src/target/citypeers-*.jar /app/citypeers.jar
USER citypeers
ENV CITYPEERS_DATA_DIR=/app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD wget -qO- http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/citypeers.jar"]
