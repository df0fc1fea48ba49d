# generated case: rule=PY-XPATH-INJECTION source=djpost propagation=listremove_idx1 sink=v0 expected=false
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.POST["p"]
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[1]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return JsonResponse({"result": result})
