# generated case: rule=PY-XPATH-INJECTION source=djcookies propagation=closure_const sink=v0 expected=false
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.COOKIES.get("p", "")
    def inner(v):
        return "safe"
    bar = inner(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return JsonResponse({"result": result})
