# generated case: rule=PY-XPATH-INJECTION source=djget propagation=and_const sink=v0 expected=false
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.GET.get("p", "")
    bar = "" and param
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return JsonResponse({"result": result})
