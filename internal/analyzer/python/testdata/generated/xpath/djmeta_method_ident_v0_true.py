# generated case: rule=PY-XPATH-INJECTION source=djmeta propagation=method_ident sink=v0 expected=true
from django.http import JsonResponse
from lxml import etree

USERS_XML = etree.parse("/srv/data/users.xml")


class Thing:
    def do_something(self, value):
        return value


def handle_xpath(request):
    param = request.META.get("HTTP_X_P", "")
    bar = Thing().do_something(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": result})
