# The portal as a container image. Build the jar first: ./mvnw package
#
# The image starts the extracted jar with a JDK AOT cache (about half the start-up time of java -jar). The cache
# is made by a training run in the build stage, on the same JDK image as the runtime, as the JDK requires.
FROM eclipse-temurin:25-jre AS aot
RUN useradd --system --home /var/lib/portal portal && mkdir -p /opt/portal && chown portal /opt/portal
COPY --chown=portal target/sendclean-portal-*.jar /tmp/portal.jar
COPY deploy/aot-cache.sh /usr/local/bin/aot-cache.sh
# embedded PostgreSQL (used only by the throwaway training run) refuses to run as root
USER portal
RUN bash /usr/local/bin/aot-cache.sh /tmp/portal.jar /opt/portal

FROM eclipse-temurin:25-jre
RUN useradd --system --home /var/lib/portal portal && mkdir -p /var/lib/portal && chown portal /var/lib/portal
WORKDIR /var/lib/portal
COPY --from=aot /opt/portal /opt/portal
USER portal
ENV PORTAL_DATA_DIR=/var/lib/portal
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/opt/portal/portal.aot", "-jar", "/opt/portal/portal.jar"]
