# generated case: rule=PY-XPATH-INJECTION source=djcookies propagation=helper_secondarg sink=v0 expected=false
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def pick(first, second):
    return first


def handle_xpath(request):
    param = request.COOKIES.get("p", "")
    bar = pick("fixed", param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return JsonResponse({"result": result})
