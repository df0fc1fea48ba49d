# generated case: rule=PY-XPATH-INJECTION source=djget propagation=helper_strip sink=v0 expected=true
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


def do_something(value):
    cleaned = value.strip()
    return cleaned


def handle_xpath(request):
    param = request.GET.get("p", "")
    bar = do_something(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": result})
