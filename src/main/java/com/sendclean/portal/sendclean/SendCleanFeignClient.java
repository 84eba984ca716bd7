package com.sendclean.portal.sendclean;

import feign.Response;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * SendClean's SMTP-user calls as a Feign client. Every call is a POST of a JSON body holding owner_id and token; the
 * {@link URI} argument is the tenant's base URL, chosen per call so that no tenant's address or credentials are
 * shared with another. Answers come back raw because SendClean reports errors both with HTTP 200 and with 4xx/5xx.
 */
interface SendCleanFeignClient {

    @PostMapping(path = "/settings/listSmtp", consumes = MediaType.APPLICATION_JSON_VALUE)
    Response listSmtp(URI baseUri, @RequestBody String body);

    @PostMapping(path = "/settings/addSmtp", consumes = MediaType.APPLICATION_JSON_VALUE)
    Response addSmtp(URI baseUri, @RequestBody String body);

    @PostMapping(path = "/settings/editSmtp", consumes = MediaType.APPLICATION_JSON_VALUE)
    Response editSmtp(URI baseUri, @RequestBody String body);

    @PostMapping(path = "/settings/resetSmtpPassword", consumes = MediaType.APPLICATION_JSON_VALUE)
    Response resetSmtpPassword(URI baseUri, @RequestBody String body);
}
