# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=django shape=dict_zip_fields expected=true
from lxml import etree
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


def case_dict_zip_fields(request):
    param = request.POST.get("q", "")
    q = dict(zip(("field", "value"), ("name", param)))
    nodes = DOC.xpath("//user[%s='%s']" % (q["field"], q["value"]))  # want: PY-XPATH-INJECTION
    return JsonResponse({"result": str(len(nodes))})


urlpatterns = [
    path("xpath_dict_zip_fields/", case_dict_zip_fields),
]
