# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=django shape=yaml_load_positional_loader expected=true
import yaml
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_yaml_load_positional_loader(request):
    param = request.GET.get("q", "")
    obj = yaml.load(request.body, yaml.Loader)  # want: PY-DESERIALIZATION
    return JsonResponse({"result": str([param, type(obj).__name__])})


urlpatterns = [
    path("deser_yaml_load_positional_loader/", case_yaml_load_positional_loader),
]
