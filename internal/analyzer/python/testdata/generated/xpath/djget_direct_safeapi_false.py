# generated case: rule=PY-XPATH-INJECTION source=djget propagation=direct sink=safe-api expected=false
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.GET.get("p", "")
    bar = param
    nodes = USERS_XML.xpath("//user[@id=$uid]/name/text()", uid=bar)
    result = len(nodes)
    return JsonResponse({"result": result})
