# The portal as a container image. Build the jar first: ./mvnw package
FROM eclipse-temurin:21-jre
RUN useradd --system --home /var/lib/portal portal && mkdir -p /var/lib/portal && chown portal /var/lib/portal
WORKDIR /var/lib/portal
COPY target/sendclean-portal-*.jar /opt/portal/portal.jar
USER portal
ENV PORTAL_DATA_DIR=/var/lib/portal
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/portal/portal.jar"]
