# generated case: rule=PY-XPATH-INJECTION source=djcookies propagation=listinsert_idx0 sink=v0 expected=true
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.COOKIES.get("p", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[0]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": result})
