# generated case: rule=PY-XPATH-INJECTION source=djpost propagation=helper_int sink=v0 expected=false
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def do_something(value):
    return str(int(value))


def handle_xpath(request):
    param = request.POST["p"]
    bar = do_something(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return JsonResponse({"result": result})
