/*
 * Renders the REST API's OpenAPI document (/openapi, JSON) on /admin/api/docs.xhtml: a small viewer of
 * our own, so the page loads nothing from another site and keeps the Content-Security-Policy (a script
 * from 'self', no inline code, no eval; text is set with textContent, never as HTML).
 */
(function () {
    'use strict';

    function el(tag, text, className) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    function refName(ref) {
        return typeof ref === 'string' ? ref.substring(ref.lastIndexOf('/') + 1) : '';
    }

    function typeOf(schema) {
        if (!schema) {
            return '';
        }
        if (schema.$ref) {
            return refName(schema.$ref);
        }
        if (schema.type === 'array') {
            return typeOf(schema.items) + '[]';
        }
        return (schema.type || 'object') + (schema.format ? ' (' + schema.format + ')' : '')
            + (schema['enum'] ? ': ' + schema['enum'].join(' | ') : '');
    }

    function table(headers, rows) {
        var t = el('table', null, 'api-table');
        var head = el('thead');
        var tr = el('tr');
        headers.forEach(function (h) { var th = el('th', h); th.scope = 'col'; tr.appendChild(th); });
        head.appendChild(tr);
        t.appendChild(head);
        var body = el('tbody');
        rows.forEach(function (r) {
            var row = el('tr');
            r.forEach(function (c) { row.appendChild(el('td', c)); });
            body.appendChild(row);
        });
        t.appendChild(body);
        return t;
    }

    function examplesOf(content) {
        var out = [];
        Object.keys(content || {}).forEach(function (type) {
            var media = content[type] || {};
            if (media.example !== undefined) {
                out.push([type, media.example]);
            }
            Object.keys(media.examples || {}).forEach(function (name) {
                var ex = media.examples[name];
                if (ex && ex.value !== undefined) {
                    out.push([type + ' — ' + name, ex.value]);
                }
            });
        });
        return out;
    }

    function pre(value) {
        return el('pre', typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    }

    function operation(path, method, op) {
        var section = el('section', null, 'card api-operation');
        section.appendChild(el('h3', method.toUpperCase() + ' ' + path));
        if (op.summary) {
            section.appendChild(el('p', op.summary, 'api-summary'));
        }
        if (op.description) {
            section.appendChild(el('p', op.description));
        }
        var params = op.parameters || [];
        if (params.length) {
            section.appendChild(el('h4', 'Parameters'));
            section.appendChild(table(['Name', 'In', 'Type', 'Description'], params.map(function (p) {
                return [p.name + (p.required ? ' *' : ''), p['in'], typeOf(p.schema), p.description || ''];
            })));
        }
        if (op.requestBody) {
            section.appendChild(el('h4', 'Request body'));
            Object.keys(op.requestBody.content || {}).forEach(function (type) {
                section.appendChild(el('p', type + ': ' + typeOf(op.requestBody.content[type].schema)));
            });
            examplesOf(op.requestBody.content).forEach(function (e) {
                section.appendChild(el('p', e[0], 'api-example-name'));
                section.appendChild(pre(e[1]));
            });
        }
        var responses = op.responses || {};
        var codes = Object.keys(responses);
        if (codes.length) {
            section.appendChild(el('h4', 'Responses'));
            section.appendChild(table(['Status', 'Description', 'Content'], codes.map(function (code) {
                var r = responses[code] || {};
                var content = Object.keys(r.content || {}).map(function (t) {
                    return t + ' ' + typeOf(r.content[t].schema);
                }).join(', ');
                return [code, r.description || '', content];
            })));
        }
        return section;
    }

    function render(root, doc) {
        root.textContent = '';
        var info = doc.info || {};
        root.appendChild(el('h2', (info.title || 'API') + ' — ' + (info.version || '')));
        if (info.description) {
            root.appendChild(el('p', info.description));
        }
        var paths = doc.paths || {};
        Object.keys(paths).sort().forEach(function (path) {
            ['get', 'put', 'post', 'delete', 'patch'].forEach(function (method) {
                if (paths[path][method]) {
                    root.appendChild(operation(path, method, paths[path][method]));
                }
            });
        });
        var schemas = (doc.components && doc.components.schemas) || {};
        var names = Object.keys(schemas).sort();
        if (names.length) {
            root.appendChild(el('h2', 'Schemas'));
            names.forEach(function (name) {
                var s = schemas[name] || {};
                var section = el('section', null, 'card api-schema');
                section.appendChild(el('h3', name));
                if (s.description) {
                    section.appendChild(el('p', s.description));
                }
                var props = s.properties || {};
                section.appendChild(table(['Field', 'Type', 'Example'], Object.keys(props).map(function (p) {
                    var ex = props[p].example;
                    return [p, typeOf(props[p]), ex === undefined ? '' : JSON.stringify(ex)];
                })));
                root.appendChild(section);
            });
        }
    }

    function start() {
        var root = document.getElementById('openapi');
        if (!root || !window.fetch) {
            return;
        }
        fetch(root.getAttribute('data-src'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            })
            .then(function (doc) { render(root, doc); })
            .catch(function () { root.textContent = root.getAttribute('data-failed'); });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
