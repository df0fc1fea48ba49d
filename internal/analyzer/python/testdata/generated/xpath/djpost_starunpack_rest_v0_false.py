# generated case: rule=PY-XPATH-INJECTION source=djpost propagation=starunpack_rest sink=v0 expected=false
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.POST["p"]
    first, *rest = [param, "safe", "moresafe"]
    bar = rest[0]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return JsonResponse({"result": result})
