# generated case (gen8): category=xxe rule=PY-XXE fw=django shape=parser_reassigned_safe expected=false
from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_parser_reassigned_safe(request):
    param = request.META.get("HTTP_X_Q", "")
    parser = etree.XMLParser(resolve_entities=True)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.body, parser)
    return JsonResponse({"result": str([param, root.tag])})


urlpatterns = [
    path("xxe_parser_reassigned_safe/", case_parser_reassigned_safe),
]
