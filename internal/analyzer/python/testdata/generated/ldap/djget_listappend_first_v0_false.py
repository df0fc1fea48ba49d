# generated case: rule=PY-LDAP-INJECTION source=djget propagation=listappend_first sink=v0 expected=false
import ldap

from django.http import JsonResponse


def handle_ldap(request):
    param = request.GET.get("p", "")
    values = ["safe", "moresafe"]
    values.append(param)
    bar = values[0]
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return JsonResponse({"result": result})
