# generated case (gen9): category=xxe rule=PY-XXE fw=django shape=set_default_parser expected=true
from lxml import etree
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

etree.set_default_parser(etree.XMLParser(resolve_entities=True))


def case_set_default_parser(request):
    param = request.GET.get("q", "")
    root = etree.fromstring(request.body)  # want: PY-XXE
    return JsonResponse({"result": str([param, root.tag])})


urlpatterns = [
    path("xxe_set_default_parser/", case_set_default_parser),
]
