# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=django shape=yaml_safe_load_body expected=false
import yaml
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_yaml_safe_load_body(request):
    param = request.GET.get("q", "")
    obj = yaml.safe_load(request.body)
    return JsonResponse({"result": str([param, type(obj).__name__])})


urlpatterns = [
    path("deser_yaml_safe_load_body/", case_yaml_safe_load_body),
]
