# generated case: rule=PY-XPATH-INJECTION source=djpost propagation=listcomp_digits sink=v0 expected=false
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.POST["p"]
    bar = "".join([c for c in param if c.isdigit()])
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return JsonResponse({"result": result})
