# generated case: rule=PY-XPATH-INJECTION source=djcookies propagation=starunpack_first sink=v0 expected=true
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.COOKIES.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = first
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": result})
