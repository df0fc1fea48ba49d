# generated case (gen9): category=xxe rule=PY-XXE fw=django shape=resolve_entities_false expected=false
from lxml import etree
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_resolve_entities_false(request):
    param = request.GET.get("q", "")
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.body, parser)
    return JsonResponse({"result": str([param, root.tag])})


urlpatterns = [
    path("xxe_resolve_entities_false/", case_resolve_entities_false),
]
