# generated case: rule=PY-XPATH-INJECTION source=djmeta propagation=isdigit_guard sink=v0 expected=false
from django.http import HttpResponseBadRequest, JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    if not bar.isdigit():
        return HttpResponseBadRequest("invalid")
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return JsonResponse({"result": result})
