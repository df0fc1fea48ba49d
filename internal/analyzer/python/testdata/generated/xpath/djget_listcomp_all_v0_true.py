# generated case: rule=PY-XPATH-INJECTION source=djget propagation=listcomp_all sink=v0 expected=true
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def handle_xpath(request):
    param = request.GET.get("p", "")
    bar = "".join([c for c in param])
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": result})
