# generated case (gen9): category=xxe rule=PY-XXE fw=django shape=parse_uploaded_file expected=true
from lxml import etree
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_parse_uploaded_file(request):
    param = request.POST.get("q", "")
    tree = etree.parse(request.FILES["doc"], etree.XMLParser(resolve_entities=True, load_dtd=True))  # want: PY-XXE
    return JsonResponse({"result": str([param, tree.getroot().tag])})


urlpatterns = [
    path("xxe_parse_uploaded_file/", case_parse_uploaded_file),
]
