# generated case: rule=PY-XPATH-INJECTION source=djget propagation=fullmatch_block sink=v0 expected=false
import re

from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.GET.get("p", "")
    bar = param
    result = None
    if re.fullmatch(r"[a-z0-9]+", bar):
        nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
        result = len(nodes)
    return JsonResponse({"result": result})
