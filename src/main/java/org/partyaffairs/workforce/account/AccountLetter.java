package org.partyaffairs.workforce.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.partyaffairs.workforce.document.PrintedDocument;

/**
 * 账号开通通知书: one A4 page for the worker with their user id, the activation code, until when it
 * is good and how to activate. Printed once, when the code is issued; the code is in no record.
 */
final class AccountLetter {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private AccountLetter() {
  }

  static byte[] pdf(Accounts.IssuedCode issued, String townName, String baseUrl, Instant now, ZoneId zone) {
    String activation = baseUrl.replaceAll("/+$", "") + "/account/activate";
    LocalDate expires = LocalDate.ofInstant(issued.expiresAt(), zone);
    return new PrintedDocument("账号开通通知书", townName + "组织部门")
        .fact("姓名", issued.worker().getName())
        .fact("所在区镇", townName)
        .fact("账号", issued.userId())
        .fact("激活码", issued.code())
        .fact("激活码有效期至", DATE.format(expires) + "（30 天）")
        .fact("签发日期", DATE.format(LocalDate.ofInstant(now, zone)))
        .section("如何激活")
        .paragraph("1. 在电脑或手机浏览器中打开 " + activation + " 。")
        .paragraph("2. 输入上面的账号和激活码（字母不区分大小写，可不输入短横线），并设置新密码：至少 10 个字符，"
            + "须含大写字母、小写字母、数字和特殊字符（如 # ! @ %），不能包含账号或姓名。")
        .paragraph("3. 激活后自动进入任务列表（Tasklist）。此后请用账号和新密码登录，办理本人的公开承诺、述职、"
            + "辞职申请等事项（兰州办法 001 第十八条(一)，昆山办法 000 第十六条）。")
        .section("注意")
        .paragraph("激活码只能使用一次，有效期 30 天；区镇组织部门重新签发后，旧激活码立即作废。"
            + "请本人妥善保管本通知书，勿转交他人；连续输错激活码将暂停激活 15 分钟。"
            + "离职（辞职、解聘）生效之日起账号停用。")
        .signatures("经办人", "工作者本人签收")
        .footnote("本通知书由系统生成；激活码不在系统中留存，遗失请向区镇组织部门申请重新签发。")
        .toPdf();
  }

  static String fileName(Accounts.IssuedCode issued) {
    return "账号开通通知书-" + issued.worker().getName();
  }
}
