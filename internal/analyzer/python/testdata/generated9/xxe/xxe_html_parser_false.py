# generated case (gen9): category=xxe rule=PY-XXE fw=django shape=html_parser expected=false
from lxml import etree
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_html_parser(request):
    param = request.GET.get("q", "")
    root = etree.fromstring(request.body, etree.HTMLParser())
    return JsonResponse({"result": str([param, root.tag])})


urlpatterns = [
    path("xxe_html_parser/", case_html_parser),
]
