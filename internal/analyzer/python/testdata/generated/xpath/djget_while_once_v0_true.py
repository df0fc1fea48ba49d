# generated case: rule=PY-XPATH-INJECTION source=djget propagation=while_once sink=v0 expected=true
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.GET.get("p", "")
    bar = "safe"
    i = 0
    while i < 1:
        bar = param
        i += 1
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": result})
