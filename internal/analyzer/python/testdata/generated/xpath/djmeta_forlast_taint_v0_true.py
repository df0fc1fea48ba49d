# generated case: rule=PY-XPATH-INJECTION source=djmeta propagation=forlast_taint sink=v0 expected=true
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.META.get("HTTP_X_P", "")
    for v in ["safe", param]:
        bar = v
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": result})
