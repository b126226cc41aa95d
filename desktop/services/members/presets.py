"""The exports organisers already hold, recognised from their header row.

Each preset names the columns its tool writes (as downloaded, in every spelling we have seen: US and UK
Eventbrite, classic and newer Meetup, the survey tools' numbered questions), the columns that are the
tool's own bookkeeping (order numbers, IP addresses, QR links: ignored, not kept as custom fields), and
the header keys that together identify it. Column names were taken from real exports (see
tests/fixtures/presets/README.md).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.services.transfer.header_names import header_key

AUTO = ""  # detect from the header row
NONE = "none"  # no preset: the generic synonyms only


@dataclass(frozen=True)
class Preset:
    key: str
    title: str  # QT_TRANSLATE_NOOP("Presets", …): translate with the "Presets" context
    signatures: tuple[tuple[str, ...], ...]  # any one of these header sets (all present) identifies it
    columns: dict[str, str]  # header → field, beyond the generic synonyms
    ignore: tuple[str, ...] = ()  # the tool's own bookkeeping columns
    @functools.cached_property
    def ignore_keys(self) -> frozenset[str]:  # on first use: keys of Chinese headers load OpenCC
        return frozenset(header_key(h) for h in self.ignore)

    def score(self, header_keys: set[str]) -> int:
        """How many headers of the best matching signature are present (0: not this tool's file)."""
        hits = [len(s) for s in self.signatures if all(header_key(h) in header_keys for h in s)]
        return max(hits, default=0)

    def ignores(self, header: str) -> bool:
        return header_key(header) in self.ignore_keys


GIVEN, FAMILY, REMARK, GROUP_NICKNAME = "given_name", "family_name", "remark", "group_nickname"

_MEETUP = {"Location": "city", "Joined Group on": "joined",
           "Intro": "notes", "Title": "title"}  # fmt: skip
_MEETUP_IGNORE = ("URL of Member Profile", "Member Profile URL", "Photo", "Last visited group on", "Mailing List",
                  "Assistant Organizer", "Total RSVPs", "RSVPed Yes", "RSVPed Maybe", "RSVPed No", "No shows",
                  "Meetups attended", "Last Attended", "Event Host", "RSVPed on", "RSVP", "Guests")  # fmt: skip
_EVENTBRITE = {"First Name": GIVEN, "Last Name": FAMILY, "Surname": FAMILY, "Cell Phone": "phone",
               "Mobile Phone": "phone", "Home Phone": "phone", "Work Phone": "phone", "Home City": "city",
               "Home Country": "country", "Company": "organisation", "Job Title": "title",
               "Home Postcode": "postcode", "Home Zip": "postcode"}  # fmt: skip
_EVENTBRITE_IGNORE = ("Order #", "Order Date", "Attendee #", "Barcode #", "Quantity", "Price Tier", "Ticket Type",
                      "Order Type", "Currency", "Total Paid", "Fees Paid", "Eventbrite Fees",
                      "Eventbrite Payment Processing", "Attendee Status", "Buyer First Name", "Buyer Last Name",
                      "Buyer Surname", "Buyer Email", "Device Name", "Check-In Date", "Checked In", "Discount",
                      "Hold", "Prefix", "Suffix", "Home Address 1", "Home Address 2", "Home State", "Home County",
                      "Date Attending", "Group")  # fmt: skip
_LUMA = {"first_name": GIVEN, "last_name": FAMILY, "phone_number": "phone"}  # fmt: skip
_LUMA_IGNORE = ("created_at", "approval_status", "checked_in_at", "custom_source", "qr_code_url", "amount",
                "amount_tax", "amount_discount", "currency", "coupon_code", "eth_address", "solana_address",
                "survey_response_rating", "survey_response_feedback", "ticket_type_id", "ticket_name")  # fmt: skip
_SURVEY_IGNORE = ("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "编号", "开始答题时间",
                  "结束答题时间", "答题时长", "IP", "省份", "提交人", "填写设备", "操作系统", "浏览器",
                  "填写地区", "提交时间", "修改时间", "Timestamp", "时间戳记", "自定义字段")  # fmt: skip
_GOOGLE = {"First Name": GIVEN, "Given Name": GIVEN, "Last Name": FAMILY, "Family Name": FAMILY,
           "E-mail 1 - Value": "email", "E-mail 2 - Value": "email", "Phone 1 - Value": "phone",
           "Phone 2 - Value": "phone", "Organization Name": "organisation", "Organization 1 - Name": "organisation",
           "Organization Title": "title", "Organization 1 - Title": "title", "Address 1 - City": "city",
           "Address 1 - Country": "country", "Labels": "tags", "Group Membership": "tags", "Notes": "notes"}  # fmt: skip
_GOOGLE_IGNORE = ("Middle Name", "Additional Name", "Phonetic First Name", "Phonetic Middle Name",
                  "Phonetic Last Name", "Yomi Name", "Given Name Yomi", "Additional Name Yomi", "Family Name Yomi",
                  "Name Prefix", "Name Suffix", "Initials", "Short Name", "Maiden Name", "File As", "Birthday",
                  "Gender", "Location", "Billing Information", "Directory Server", "Mileage", "Occupation",
                  "Hobby", "Sensitivity", "Priority", "Subject", "Photo", "E-mail 1 - Label", "E-mail 1 - Type",
                  "E-mail 2 - Label", "E-mail 2 - Type", "Phone 1 - Label", "Phone 1 - Type", "Phone 2 - Label",
                  "Phone 2 - Type", "Address 1 - Label", "Address 1 - Type", "Address 1 - Formatted",
                  "Address 1 - Street", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
                  "Address 1 - Extended Address", "Organization Department", "Organization 1 - Type",
                  "Organization 1 - Department", "Website 1 - Type", "Website 1 - Value", "Website 1 - Label",
                  "Organization Phonetic Name", "Organization 1 - Yomi Name", "Organization 1 - Symbol",
                  "Organization 1 - Location", "Organization 1 - Job Description")  # fmt: skip
_OUTLOOK = {"First Name": GIVEN, "Last Name": FAMILY, "E-mail Address": "email", "E-mail 2 Address": "email",
            "E-mail 3 Address": "email", "Mobile Phone": "phone", "Business Phone": "phone", "Home Phone": "phone",
            "Primary Phone": "phone", "Company": "organisation", "Job Title": "title", "Business City": "city",
            "Home City": "city", "Business Country/Region": "country", "Home Country/Region": "country",
            "Categories": "tags", "Notes": "notes"}  # fmt: skip
_OUTLOOK_IGNORE = ("Title", "Middle Name", "Suffix", "Given Yomi", "Surname Yomi", "Company Yomi", "Department",
                   "Business Street", "Business Street 2", "Business Street 3", "Business State",
                   "Business Postal Code", "Home Street", "Home Street 2", "Home Street 3", "Home State",
                   "Home Postal Code", "Other Street", "Other City", "Other State", "Other Postal Code",
                   "Other Country/Region", "Assistant's Phone", "Business Fax", "Business Phone 2", "Callback",
                   "Car Phone", "Company Main Phone", "Home Fax", "Home Phone 2", "ISDN", "Other Fax", "Other Phone",
                   "Pager", "Radio Phone", "TTY/TDD Phone", "Telex", "Account", "Anniversary", "Assistant's Name",
                   "Billing Information", "Birthday", "Directory Server", "E-mail Type", "E-mail Display Name",
                   "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Type", "E-mail 3 Display Name", "Gender",
                   "Government ID Number", "Hobby", "Initials", "Internet Free Busy", "Keywords", "Language",
                   "Location", "Manager's Name", "Mileage", "Office Location", "Organizational ID Number",
                   "PO Box", "Priority", "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1",
                   "User 2", "User 3", "User 4", "Web Page", "Children")  # fmt: skip

PRESETS: tuple[Preset, ...] = (
    Preset("meetup_members", QT_TRANSLATE_NOOP("Presets", "Meetup member list"),
           (("Name", "Member ID", "Joined Group on"), ("Name", "User ID", "Joined Group on", "Last visited group on")),
           _MEETUP, _MEETUP_IGNORE),
    Preset("meetup_attendees", QT_TRANSLATE_NOOP("Presets", "Meetup event attendees"),
           (("Name", "User ID", "RSVP", "Guests", "RSVPed on"),), _MEETUP, _MEETUP_IGNORE),
    Preset("eventbrite", QT_TRANSLATE_NOOP("Presets", "Eventbrite attendee report"),
           (("Order #", "First Name", "Attendee #"), ("Order #", "First Name", "Ticket Type"),
            ("First Name", "Attendee Status", "Check-In Date")), _EVENTBRITE, _EVENTBRITE_IGNORE),
    Preset("luma", QT_TRANSLATE_NOOP("Presets", "Luma guest list"),
           (("name", "email", "approval_status", "qr_code_url"), ("name", "email", "approval_status", "checked_in_at")),
           _LUMA, _LUMA_IGNORE),
    Preset("google_forms", QT_TRANSLATE_NOOP("Presets", "Google Forms responses"),
           (("Timestamp",), ("时间戳记",)), {"Email Address": "email", "电子邮件地址": "email"}, _SURVEY_IGNORE),
    Preset("wjx", QT_TRANSLATE_NOOP("Presets", "问卷星 (Wenjuanxing) download"),
           (("序号", "提交答卷时间"), ("提交答卷时间", "来自IP")), {}, _SURVEY_IGNORE),
    Preset("tencent_survey", QT_TRANSLATE_NOOP("Presets", "腾讯问卷 (Tencent Survey) download"),
           (("开始答题时间", "结束答题时间"), ("编号", "答题时长")), {}, _SURVEY_IGNORE),
    Preset("jinshuju", QT_TRANSLATE_NOOP("Presets", "金数据 (Jinshuju) download"),
           (("提交人", "填写设备"), ("填写设备", "提交时间", "IP")), {}, _SURVEY_IGNORE),
    Preset("wechat_contacts", QT_TRANSLATE_NOOP("Presets", "WeChat contact list"),
           (("微信号", "昵称", "备注"), ("wxid", "昵称", "备注")),
           {"备注": REMARK, "地区": "city", "标签": "tags"},
           ("性别", "头像", "头像链接", "来源", "添加时间")),
    Preset("wechat_group", QT_TRANSLATE_NOOP("Presets", "WeChat group members"),
           (("群昵称", "微信昵称"), ("群昵称", "昵称")),
           {"备注": REMARK, "群昵称": GROUP_NICKNAME, "昵称": "nickname", "微信昵称": "nickname", "地区": "city",
            "入群时间": "joined"}, ("性别", "头像", "头像链接", "群身份", "邀请人微信号")),  # fmt: skip
    Preset("zsxq", QT_TRANSLATE_NOOP("Presets", "知识星球 (Zhishi Xingqiu) member list"),
           (("星球编号",), ("微信昵称", "加入时间", "到期时间")),
           {"星球昵称": GROUP_NICKNAME, "微信昵称": "nickname", "加入时间": "joined"},
           ("头像", "付费金额", "续期次数", "最近访问时间")),
    Preset("google_contacts", QT_TRANSLATE_NOOP("Presets", "Google Contacts"),
           (("First Name", "Last Name", "E-mail 1 - Value"), ("Given Name", "Family Name", "Group Membership"),
            ("First Name", "Phone 1 - Value", "Labels")), _GOOGLE, _GOOGLE_IGNORE),
    Preset("outlook", QT_TRANSLATE_NOOP("Presets", "Outlook contacts"),
           (("First Name", "Last Name", "E-mail Address", "Business Phone"),
            ("First Name", "E-mail Address", "Mobile Phone", "Categories")), _OUTLOOK, _OUTLOOK_IGNORE),
)  # fmt: skip
BY_KEY = {p.key: p for p in PRESETS}


def detect_preset(headers: list[str]) -> Preset | None:
    """The preset whose most specific signature the header row holds, or None."""
    keys = {header_key(h) for h in headers}
    scored = [(p.score(keys), -i, p) for i, p in enumerate(PRESETS)]
    best = max(scored, key=lambda t: t[:2])
    return best[2] if best[0] else None
