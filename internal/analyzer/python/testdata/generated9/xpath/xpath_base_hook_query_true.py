# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=django shape=base_hook_query expected=true
from lxml import etree
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


class Lookup:
    def run(self, value):
        return DOC.xpath(self.query(value))  # want: PY-XPATH-INJECTION

    def query(self, value):
        return "//user"


class RoleLookup(Lookup):
    def query(self, value):
        return "//user[role='" + value + "']/name"


def case_base_hook_query(request):
    param = request.COOKIES.get("q", "")
    nodes = RoleLookup().run(param)
    return JsonResponse({"result": str(len(nodes))})


urlpatterns = [
    path("xpath_base_hook_query/", case_base_hook_query),
]
