package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/** The XLSX template: generated per country, filled in by a rapporteur, uploaded as is. */
@ExtendWith(ArquillianExtension.class)
class TemplateIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void whoGetsWhichTemplate() {
        assertThat(Api.get("/templates/AUT.xlsx", User.RAPPORTEUR_AUT).status()).isEqualTo(200);
        assertThat(Api.get("/templates/DEU.xlsx", User.ANALYST).status()).isEqualTo(200);
        ProblemJsonIT.assertProblem(Api.get("/templates/DEU.xlsx", User.RAPPORTEUR_AUT), 404);
        ProblemJsonIT.assertProblem(Api.get("/templates/AUT.xlsx", User.GOVERNMENT_AUT), 403);
        ProblemJsonIT.assertProblem(Api.get("/templates/XXX.xlsx", User.ANALYST), 404);
    }

    @Test
    void aFilledTemplateUploadsAsIs() throws IOException {
        Answer template = Api.get("/templates/AUT.xlsx", User.RAPPORTEUR_AUT);
        assertThat(template.contentType()).startsWith(XLSX);
        byte[] filled;
        try (XSSFWorkbook wb =
                        new XSSFWorkbook(new ByteArrayInputStream(template.response().body()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(wb.getSheet("Data").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("ACTION");
            assertThat(wb.getSheet("Data").getDataValidations()).isNotEmpty();
            Row row = wb.getSheet("Data").createRow(1);
            Object[] values = {
                "I",
                "AUT",
                "VICT",
                "_T",
                "_T",
                "_T",
                "_T",
                "_T",
                2003,
                19,
                "",
                "",
                UUID.randomUUID().toString()
            };
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Integer n) {
                    row.createCell(i).setCellValue(n);
                } else if (!values[i].toString().isEmpty()) {
                    row.createCell(i).setCellValue(values[i].toString());
                }
            }
            wb.write(out);
            filled = out.toByteArray();
        }

        Answer answer =
                Api.upload("?filename=aut-template.xlsx", User.RAPPORTEUR_AUT, XLSX, filled);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("counts").get("observations").asLong()).isEqualTo(1);
    }
}
