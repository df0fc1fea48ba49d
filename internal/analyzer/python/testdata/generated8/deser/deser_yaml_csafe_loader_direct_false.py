# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=django shape=yaml_csafe_loader_direct expected=false
import yaml
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_yaml_csafe_loader_direct(request):
    param = request.COOKIES.get("q", "")
    doc = yaml.load(param, Loader=yaml.CSafeLoader)
    return JsonResponse({"result": str(type(doc).__name__)})


urlpatterns = [
    path("deser_yaml_csafe_loader_direct/", case_yaml_csafe_loader_direct),
]
