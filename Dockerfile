# Builds the runnable jar and a small runtime image. Used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --home /app citypeers && mkdir -p /app/data && chown citypeers /app/data
WORKDIR /app
COPY --from=build /src/target/citypeers-*.jar /app/citypeers.jar
USER citypeers
ENV CITYPEERS_DATA_DIR=/app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD wget -qO- http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/citypeers.jar"]
