# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=django shape=xpath_variable_binding expected=false
from lxml import etree
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


def case_xpath_variable_binding(request):
    param = request.GET.get("q", "")
    nodes = DOC.xpath("//user[name=$n]/role", n=param)
    return JsonResponse({"result": str(len(nodes))})


urlpatterns = [
    path("xpath_xpath_variable_binding/", case_xpath_variable_binding),
]
