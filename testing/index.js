'use strict';

const { startMockIdaas } = require('./mock-idaas');
const { createWxFake } = require('./wx-fake');
const { loadPage, createPage, createComponentStub } = require('./page-harness');

module.exports = { startMockIdaas, createWxFake, loadPage, createPage, createComponentStub };
