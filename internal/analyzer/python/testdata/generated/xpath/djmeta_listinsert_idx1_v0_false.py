# generated case: rule=PY-XPATH-INJECTION source=djmeta propagation=listinsert_idx1 sink=v0 expected=false
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.META.get("HTTP_X_P", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[1]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return JsonResponse({"result": result})
