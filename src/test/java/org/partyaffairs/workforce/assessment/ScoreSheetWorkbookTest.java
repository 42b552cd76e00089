package org.partyaffairs.workforce.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.ScoreSheetWorkbook.Column;
import org.partyaffairs.workforce.assessment.ScoreSheetWorkbook.SheetRow;
import org.partyaffairs.workforce.assessment.ScoreSheetWorkbook.Upload;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/** The spreadsheet itself, without the application: what is written is read back as written. */
class ScoreSheetWorkbookTest {

  private static final List<Column> COLUMNS = List.of(
      new Column("item1", "德·第1项（满分5分）", "number", BigDecimal.ZERO, BigDecimal.valueOf(5), null, 1, true, "讲政治"),
      new Column("pointsLedger", "积分台账", "textarea", null, null, 2000, null, false, null));

  @Test
  void theDownloadReadsBackWithItsHeadersAndIds() {
    byte[] file = ScoreSheetWorkbook.write("标题", List.of("说明"), COLUMNS,
        List.of(new SheetRow("task-1", 17L, "李明", "昆山开发区"), new SheetRow("task-2", 18L, "王芳", "昆山开发区")));

    Upload upload = ScoreSheetWorkbook.read(file);

    assertThat(upload.headers()).containsEntry(0, "任务编号").containsEntry(4, "德·第1项（满分5分）")
        .containsEntry(5, "积分台账");
    assertThat(upload.rows()).hasSize(2);
    assertThat(upload.rows().get(0).number()).isEqualTo(2);
    assertThat(upload.rows().get(0).cell(0).text()).isEqualTo("task-1");
    assertThat(upload.rows().get(1).cell(2).text()).isEqualTo("王芳");
    assertThat(upload.rows().get(1).isBlank(ScoreSheetWorkbook.FIRST_FIELD_COLUMN)).isTrue();
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedInChinese() {
    assertThatThrownBy(() -> ScoreSheetWorkbook.read("a,b".getBytes())).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("不是有效的 Excel 工作簿");
    assertThatThrownBy(() -> ScoreSheetWorkbook.read(new byte[0])).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("请上传");
  }
}
