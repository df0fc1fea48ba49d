# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=django shape=strip_single_in_double expected=true
from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


def case_strip_single_in_double(request):
    param = request.GET.get("q", "")
    name = param.replace("'", "")
    roles = DOC.xpath('//user[name="' + name + '"]/role/text()')  # want: PY-XPATH-INJECTION
    return JsonResponse({"result": str(roles)})


urlpatterns = [
    path("xpath_strip_single_in_double/", case_strip_single_in_double),
]
