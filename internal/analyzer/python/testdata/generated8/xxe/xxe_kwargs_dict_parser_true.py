# generated case (gen8): category=xxe rule=PY-XXE fw=django shape=kwargs_dict_parser expected=true
from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

OPTS = {"resolve_entities": True, "load_dtd": True}


def case_kwargs_dict_parser(request):
    param = request.GET.get("q", "")
    parser = etree.XMLParser(**OPTS)
    root = etree.fromstring(request.body, parser)  # want: PY-XXE
    return JsonResponse({"result": str([param, root.tag])})


urlpatterns = [
    path("xxe_kwargs_dict_parser/", case_kwargs_dict_parser),
]
